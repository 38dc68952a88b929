/// <reference types="vite/client" />
// cytoscape-fcose ships no type declarations; it is a standard Cytoscape extension.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  const fcose: Ext;
  export default fcose;
}

// exceljs's browser bundle (UMD): the same API as the package, typed where it is used (lib/xlsx.ts).
declare module 'exceljs/dist/exceljs.min.js' {
  const excel: unknown;
  export default excel;
}
