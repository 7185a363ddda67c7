/**
 * Publishing end to end: the bundle (dist/index.js, rebuilt when stale) in a child process under
 * Node 24 against the stateful GitHub stand-in. The cases are in test-support/cases/publish.ts.
 */
import { runAction } from '../../test-support/action.js';
import { publishCases } from '../../test-support/cases/publish.js';

publishCases(runAction);
