/** The package's version, inlined into dist/cli.js by the bundler (the bundle ships without package.json). */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
