// Hardware facts about the SageMaker instance families the glossary names (`ml.p4d.*`), so a hover
// on `ml.g5.12xlarge` can say what the size carries. Figures are from the Amazon EC2 instance type
// pages and the AWS Neuron hardware pages; a size not listed shows the family's range. The facts
// are reference data like the glossary (English); the sentences around them are translated.
import * as l10n from '@vscode/l10n';

interface Accelerator {
  /** what one device is: "NVIDIA A100 Tensor Core GPU" */
  device: string;
  /** memory of one device */
  memory: string;
  /** devices per instance size */
  perSize: Readonly<Record<string, number>>;
}

interface Family {
  label: string;
  kind: 'Accelerated computing' | 'Compute optimized' | 'General purpose' | 'Burstable general purpose';
  accelerator?: Accelerator;
  /** for CPU-only families */
  processor?: string;
  use: string;
}

const A100 = 'NVIDIA A100 Tensor Core GPU';
const H100 = 'NVIDIA H100 Tensor Core GPU';
const H200 = 'NVIDIA H200 Tensor Core GPU';
const G5_SIZES = { xlarge: 1, '2xlarge': 1, '4xlarge': 1, '8xlarge': 1, '16xlarge': 1, '12xlarge': 4, '24xlarge': 4, '48xlarge': 8 };
const G4DN_SIZES = { xlarge: 1, '2xlarge': 1, '4xlarge': 1, '8xlarge': 1, '16xlarge': 1, '12xlarge': 4 };
const LARGE_TRAINING = 'large-scale distributed training of deep learning models';

const FAMILY_TABLE: Readonly<Record<string, Family>> = {
  p4d: { label: 'P4d', kind: 'Accelerated computing', accelerator: { device: A100, memory: '40 GB', perSize: { '24xlarge': 8 } }, use: LARGE_TRAINING },
  p4de: { label: 'P4de', kind: 'Accelerated computing', accelerator: { device: A100, memory: '80 GB', perSize: { '24xlarge': 8 } }, use: `${LARGE_TRAINING} that need twice the GPU memory of P4d` },
  p5: { label: 'P5', kind: 'Accelerated computing', accelerator: { device: H100, memory: '80 GB', perSize: { '48xlarge': 8 } }, use: 'training and serving the largest deep learning and generative AI models' },
  p5e: { label: 'P5e', kind: 'Accelerated computing', accelerator: { device: H200, memory: '141 GB', perSize: { '48xlarge': 8 } }, use: 'training and inference of large language models that need more GPU memory than P5' },
  p5en: { label: 'P5en', kind: 'Accelerated computing', accelerator: { device: H200, memory: '141 GB', perSize: { '48xlarge': 8 } }, use: 'the largest training jobs; like P5e, with faster CPU-to-GPU links and lower-latency EFAv3 networking' },
  g5: { label: 'G5', kind: 'Accelerated computing', accelerator: { device: 'NVIDIA A10G Tensor Core GPU', memory: '24 GB', perSize: G5_SIZES }, use: 'cost-effective GPU inference and small to medium training jobs' },
  g4dn: { label: 'G4dn', kind: 'Accelerated computing', accelerator: { device: 'NVIDIA T4 Tensor Core GPU', memory: '16 GB', perSize: G4DN_SIZES }, use: 'low-cost GPU inference and light training' },
  inf1: { label: 'Inf1', kind: 'Accelerated computing', accelerator: { device: 'AWS Inferentia chip', memory: '8 GB', perSize: { xlarge: 1, '2xlarge': 1, '6xlarge': 4, '24xlarge': 16 } }, use: 'low-cost deep learning inference with models compiled by the AWS Neuron SDK' },
  inf2: { label: 'Inf2', kind: 'Accelerated computing', accelerator: { device: 'AWS Inferentia2 chip', memory: '32 GB', perSize: { xlarge: 1, '8xlarge': 1, '24xlarge': 6, '48xlarge': 12 } }, use: 'high-throughput, low-cost inference, including generative AI models, through the AWS Neuron SDK' },
  trn1: { label: 'Trn1', kind: 'Accelerated computing', accelerator: { device: 'AWS Trainium chip', memory: '32 GB', perSize: { '2xlarge': 1, '32xlarge': 16 } }, use: 'cost-efficient deep learning and LLM training through the AWS Neuron SDK' },
  trn1n: { label: 'Trn1n', kind: 'Accelerated computing', accelerator: { device: 'AWS Trainium chip', memory: '32 GB', perSize: { '32xlarge': 16 } }, use: 'Trn1 training at scale, with twice the network bandwidth' },
  trn2: { label: 'Trn2', kind: 'Accelerated computing', accelerator: { device: 'AWS Trainium2 chip', memory: '96 GB', perSize: { '48xlarge': 16 } }, use: 'training and inference of large generative AI models through the AWS Neuron SDK' },
  c5: { label: 'C5', kind: 'Compute optimized', processor: 'Intel Xeon Scalable', use: 'CPU inference for classical models and CPU-bound processing' },
  c6i: { label: 'C6i', kind: 'Compute optimized', processor: '3rd generation Intel Xeon Scalable', use: 'CPU inference for classical models and CPU-bound processing' },
  c7i: { label: 'C7i', kind: 'Compute optimized', processor: '4th generation Intel Xeon Scalable', use: 'CPU inference for classical models and CPU-bound processing' },
  m5: { label: 'M5', kind: 'General purpose', processor: 'Intel Xeon Scalable', use: 'processing jobs, classical ML training and CPU inference' },
  m6i: { label: 'M6i', kind: 'General purpose', processor: '3rd generation Intel Xeon Scalable', use: 'processing jobs, classical ML training and CPU inference' },
  m7i: { label: 'M7i', kind: 'General purpose', processor: '4th generation Intel Xeon Scalable', use: 'processing jobs, classical ML training and CPU inference' },
  t2: { label: 'T2', kind: 'Burstable general purpose', processor: 'Intel Xeon', use: 'notebooks, development and very light workloads' },
  t3: { label: 'T3', kind: 'Burstable general purpose', processor: 'Intel Xeon Scalable', use: 'notebooks, development and very light workloads' },
};
// Looked up through a Map, so `ml.constructor.xlarge` finds no family.
const FAMILIES: ReadonlyMap<string, Family> = new Map(Object.entries(FAMILY_TABLE));

export interface InstanceTypeFacts {
  /** "ml.g5.12xlarge" */
  type: string;
  /** "G5" */
  family: string;
  kind: Family['kind'];
  /** "4 × NVIDIA A10G Tensor Core GPU, 24 GB each", or the processor of a CPU family */
  hardware: string;
  use: string;
}

const INSTANCE_TYPE = /^ml\.([a-z0-9]+)\.([a-z0-9-]+)$/;

/** The facts for an `ml.<family>.<size>` name, or undefined for another text or an unknown family. */
export function describeInstanceType(text: string): InstanceTypeFacts | undefined {
  const m = INSTANCE_TYPE.exec(text);
  const family = m ? FAMILIES.get(m[1]) : undefined;
  if (!m || !family) return undefined;
  return { type: text, family: family.label, kind: family.kind, hardware: hardware(family, m[2]), use: family.use };
}

function hardware(f: Family, size: string): string {
  const a = f.accelerator;
  if (!a) return l10n.t('{0} processors, no accelerator', String(f.processor));
  const count = Object.hasOwn(a.perSize, size) ? a.perSize[size] : undefined;
  if (count !== undefined) return l10n.t('{0} × {1}, {2} each', count, a.device, a.memory);
  const counts = Object.values(a.perSize);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? l10n.t('{0} × {1} by size, {2} each', hi, a.device, a.memory) : l10n.t('{0} to {1} × {2} by size, {3} each', lo, hi, a.device, a.memory);
}

/** The families the table covers, so a test can hold it to the glossary's `ml.<family>.*` names. */
export const INSTANCE_FAMILIES: readonly string[] = [...FAMILIES.keys()];
