// `@xapi/cmi5` names a UMD build under "browser" and a self-contained ES module under "module";
// Vite picks the UMD one, which pulls CommonJS interop helpers into a chunk every quiz shares.
// `src/stores/cmi5.ts` imports the ES module by its path, typed as the package.
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  import Cmi5 from '@xapi/cmi5';
  export default Cmi5;
}
