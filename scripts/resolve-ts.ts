// Imported first by the scripts Node runs with --experimental-strip-types (benchmarks, the
// CloudFront policy): the sources import each other without file extensions, as Vite resolves
// them, so this resolve hook adds ".ts" (or ".tsx") where Node finds nothing. The scripts then
// import the sources dynamically, after the hook is registered.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(`${specifier}.tsx`, context);
      }
    }
  },
});
