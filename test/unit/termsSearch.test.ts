// Issue 11: looking up "spot" listed "Recall (sensitivity)". Names and aliases rank before text.
import * as assert from 'node:assert/strict';
import { searchTerms } from '../../src/core/terms/termSearch';
import { shippedGlossary } from '../fixtures/terms/shippedGlossary';

const terms = shippedGlossary();
const ids = (query: string) => searchTerms(terms, query).map((h) => h.term.id);

describe('looking up a term', () => {
  it('lists the Spot terms for "spot", and never Recall', () => {
    const found = ids('spot');
    assert.deepEqual(new Set(found.slice(0, 2)), new Set(['spot-instances', 'managed-spot-training']));
    assert.ok(!found.includes('recall'), found.join(', '));
  });

  it('ranks an exact name, then aliases, then words of names, then code names, then text', () => {
    const hits = searchTerms(terms, 'recall');
    assert.equal(hits[0].term.id, 'recall');
    assert.equal(hits[0].tier, 'name');
    const tiers = searchTerms(terms, 'endpoint').map((h) => h.tier);
    const order = ['name', 'alias', 'name start', 'name word', 'alias word', 'code', 'inside a name', 'text'];
    for (let i = 1; i < tiers.length; i++) assert.ok(order.indexOf(tiers[i - 1]) <= order.indexOf(tiers[i]), `${tiers[i - 1]} before ${tiers[i]}`);
    assert.ok(tiers.includes('text') && tiers.indexOf('text') > tiers.indexOf('name word'));
  });

  it('finds a term by a code name, ignoring case, spaces, hyphens and underscores', () => {
    assert.equal(ids('use_spot_instances')[0], 'managed-spot-training');
    assert.equal(ids('Feature-Store')[0], 'feature-store');
    assert.deepEqual(ids('zzzz-no-such-term'), []);
    assert.equal(ids('').length, terms.length, 'an empty query lists every term');
  });
});
