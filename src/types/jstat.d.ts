/** The few jstat functions benchgate uses (jstat ships no types). */
declare module 'jstat' {
  interface Jstat {
    normal: {
      cdf(x: number, mean: number, sd: number): number;
      inv(p: number, mean: number, sd: number): number;
    };
    studentt: {
      cdf(x: number, dof: number): number;
      inv(p: number, dof: number): number;
    };
  }
  const jStat: Jstat;
  export default jStat;
}
