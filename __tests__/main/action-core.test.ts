/**
 * Until @actions/core is loaded (after the config's log line), the action answers getInput, info and
 * setSecret itself (src/action.ts): byte for byte as @actions/core does, hostile values included.
 */
import * as core from '@actions/core';
import { bootCore, deferredCore } from '../../src/action.js';

function captured(fn: () => void): string {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

const VALUES = ['ghp_token', 'a%0Ab\r\nc', '100%', '::stop-commands::x', ' spaced \n'];

test('the boot calls print and read what @actions/core prints and reads', () => {
  const env: NodeJS.ProcessEnv = { 'INPUT_OUTPUT-FILE': '  bench.txt \n', INPUT_MY_INPUT: ' x ' };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    let out = '';
    const boot = bootCore(process.env, (t) => (out += t));
    for (const v of VALUES) {
      out = '';
      boot.setSecret(v);
      expect(out).toBe(captured(() => core.setSecret(v)));
      out = '';
      boot.info(v);
      expect(out).toBe(captured(() => core.info(v)));
    }
    for (const name of ['output-file', 'my input', 'missing'])
      expect(boot.getInput(name)).toBe(core.getInput(name));
  } finally {
    process.env = saved;
  }
});

test('every other call waits for ready(), then goes to the toolkit', async () => {
  const calls: string[] = [];
  const toolkit = { ...core, setOutput: (n: string) => void calls.push(`output ${n}`) };
  const deferred = deferredCore(
    bootCore({}, () => {}),
    async () => toolkit,
  );
  expect(() => deferred.setOutput('verdict', 'pass')).toThrow('before ready()');
  await deferred.ready?.();
  deferred.setOutput('verdict', 'pass');
  expect(calls).toEqual(['output verdict']);
});
