/** Shared setup of the report end-to-end tests: a workspace with Go results, and PR/push runs of dist/. */
import { runAction } from '../../test-support/action.js';
import { steps } from '../../test-support/steps.js';
import { GO_OUTPUT as BASE, slower } from '../../test-support/go-output.js';
import { makeWorkspace } from '../../test-support/workspace.js';

export { BASE, makeWorkspace, slower };

export const HEAD_SHA = 'c'.repeat(40);

export const { runPr, runPush } = steps(runAction);
