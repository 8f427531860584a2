/**
 * Rolling-window and cross-sectional kernels over primitive arrays, one instrument's history at a time.
 *
 * <p><b>NaN rule (Qlib's).</b> Qlib evaluates rolling operators as {@code series.rolling(N, min_periods=1)}:
 * the window at row {@code i} is rows {@code max(0, i-N+1) .. i} of the instrument's history (from its first
 * bar on), and the statistic is taken over the window's non-NaN values. A window with fewer values than the
 * statistic needs gives NaN:
 * <table>
 *   <caption>values needed</caption>
 *   <tr><th>operator</th><th>needs</th><th>kernel, cost per row</th></tr>
 *   <tr><td>Mean, Sum</td><td>1</td><td>{@link dev.qforge.factors.ops.RollingMoments}, O(1)</td></tr>
 *   <tr><td>Std, Var (ddof 1)</td><td>2</td><td>RollingMoments, O(1)</td></tr>
 *   <tr><td>Skew / Kurt (pandas' bias-corrected; 0 / -3 for equal values)</td><td>3 / 4</td><td>RollingMoments, O(1)</td></tr>
 *   <tr><td>Count</td><td>0 (gives 0)</td><td>RollingMoments, O(1)</td></tr>
 *   <tr><td>Max, Min, IdxMax, IdxMin</td><td>1</td><td>{@link dev.qforge.factors.ops.RollingExtremes}, monotonic deque, O(1) amortised</td></tr>
 *   <tr><td>Med, Quantile, Rank</td><td>1 (Rank: current value present)</td><td>{@link dev.qforge.factors.ops.SortedWindow}, O(log N) search + O(N) array shift</td></tr>
 *   <tr><td>Mad</td><td>1</td><td>SortedWindow, O(N)</td></tr>
 *   <tr><td>Slope, Rsquare, Resi</td><td>2</td><td>{@link dev.qforge.factors.ops.RollingRegression}, O(1)</td></tr>
 *   <tr><td>Corr, Cov (pairwise complete rows)</td><td>2</td><td>{@link dev.qforge.factors.ops.RollingPairs}, O(1)</td></tr>
 *   <tr><td>EMA (whole history, pandas ewm adjust=True)</td><td>1</td><td>{@link dev.qforge.factors.ops.Smoothing}, O(1)</td></tr>
 *   <tr><td>WMA (Qlib's nanmean of weighted values)</td><td>1, and a window of 2+ rows</td><td>Smoothing, O(1)</td></tr>
 *   <tr><td>CSRank, CSZScore (per time, across instruments)</td><td>1 / 2</td><td>{@link dev.qforge.factors.ops.CrossSection}, O(n log n) per row</td></tr>
 * </table>
 * Where Qlib's results would be artefacts of pandas internals we choose a stated rule instead: a window holding
 * ±inf gives NaN for sum-based statistics; a window of equal values has variance 0 (within 1e-12 relative);
 * IdxMax/IdxMin never point at a NaN (numpy's argmax would). Qlib's Rsquare and Corr mask windows whose
 * standard deviation is within 2e-5 of zero; so do we.
 */
package dev.qforge.factors.ops;
