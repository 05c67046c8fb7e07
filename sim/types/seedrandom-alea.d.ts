// seedrandom's Alea generator, imported alone so the browser bundle does not pull in the
// Node crypto fallback of seedrandom's entry point.
declare module "seedrandom/lib/alea.js" {
  interface AleaPrng {
    (): number;
    double(): number;
    int32(): number;
    quick(): number;
    state(): { c: number; s0: number; s1: number; s2: number };
  }
  function alea(seed?: string, options?: { state?: boolean | object }): AleaPrng;
  export default alea;
}
