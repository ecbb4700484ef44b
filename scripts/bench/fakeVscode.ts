// The `vscode` module for the store benchmark: the progress store runs as in the extension, with
// in-memory mementos that copy values as VS Code does, and a real storage folder on disk.
import '../../test/unit/vscodeFake';
export { memoryMemento, silentLog } from '../../test/unit/vscodeFake';
