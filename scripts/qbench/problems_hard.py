"""Hard problems: a Python reference computes each expected value; qfmt renders q's display of it."""
from qfmt import *  # noqa: F401,F403
from problems_easy import mk, cases, J


def merge(iv):
    out = []
    for a, b in sorted(iv):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def spiral(m):
    out = []
    m = [list(r) for r in m]
    while m:
        out += m[0]
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out


def lis(x):
    d = [1] * len(x)
    for i in range(len(x)):
        for j in range(i):
            if x[j] < x[i]:
                d[i] = max(d[i], d[j] + 1)
    return max(d)


def edit(a, b):
    r = list(range(len(b) + 1))
    for i in range(len(a)):
        p, r = r, [i + 1] + [0] * len(b)
        for j in range(1, len(b) + 1):
            r[j] = min(p[j] + 1, r[j - 1] + 1, p[j - 1] + (a[i] != b[j - 1]))
    return r[-1]


def queens(n, c=()):
    if len(c) == n:
        return 1
    k = len(c)
    return sum(queens(n, c + (r,)) for r in range(n)
               if all(r != q and abs(r - q) != k - i for i, q in enumerate(c)))


def rain(h):
    return sum(min(max(h[:i + 1]), max(h[i:])) - v for i, v in enumerate(h))


def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]


def rect(h):
    return max(min(h[i:j + 1]) * (j + 1 - i) for i in range(len(h)) for j in range(i, len(h)))


def coins(c, a):
    d = [0] + [None] * a
    for i in range(1, a + 1):
        opts = [d[i - k] + 1 for k in c if k <= i and d[i - k] is not None]
        d[i] = min(opts) if opts else None
    return -1 if d[a] is None else d[a]


def valid_parens(s):
    best = 0
    for i in range(len(s)):
        depth = 0
        for j in range(i, len(s)):
            depth += 1 if s[j] == '(' else -1
            if depth < 0:
                break
            if depth == 0:
                best = max(best, j + 1 - i)
    return best


HARD = [
    mk('merge-intervals', 'Merge intervals', ['sort', 'interval'], ['iv'],
       'A non-empty list iv holds closed intervals, each a pair of longs (start end) with start <= end, in any '
       'order. Merge every group of overlapping intervals (touching ends overlap) and return the merged '
       'intervals sorted by start, as a list of pairs.',
       'solve:{[iv]\n  iv:iv iasc first each iv;\n  r:enlist first iv;\n  i:1;\n  while[i<count iv;\n    c:iv i;\n'
       '    $[c[0]<=last last r; r[-1+count r;1]:max (last last r;c 1); r,:enlist c];\n    i+:1];\n  r}',
       cases([[[1, 3], [2, 16], [20, 24], [25, 28]], [[1, 4], [4, 5], [7, 8]], [[1, 4], [0, 4], [6, 6]], [[5, 7], [1, 2], [3, 4]],
              [[1, 10], [2, 3], [4, 5], [11, 12]]], [q_matrix], merge, show_matrix)),
    mk('spiral-order', 'Spiral order', ['matrix', 'recursion'], ['m'],
       'Given a matrix m (a non-empty list of non-empty rows of longs, all of equal length), return its items in '
       'clockwise spiral order starting from the top-left corner, as one list.',
       'solve:{[m] $[1>=count m; raze m; (first m),solve reverse flip 1_m]}',
       cases([[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], [[1], [2], [3]],
              [[1, 2, 3]], [[1, 2], [3, 4]]], [q_matrix], spiral, show_longs)),
    mk('longest-increasing-subsequence', 'Longest increasing subsequence', ['dynamic-programming'], ['x'],
       'Given a non-empty list of longs x, return the length of its longest strictly increasing subsequence '
       '(items in their original order, not necessarily adjacent).',
       'solve:{[x]\n  d:(count x)#1;\n  i:1;\n  while[i<count x;\n    j:where x[til i]<x i;\n'
       '    if[count j; d[i]:1+max d j];\n    i+:1];\n  max d}',
       cases([[10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7, 7], [5], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1]],
             [q_longs], lis, show_long)),
    mk('edit-distance', 'Edit distance', ['string', 'dynamic-programming'], ['a', 'b'],
       'Given two strings a and b, return the least number of single-character insertions, deletions and '
       'substitutions that turn a into b.',
       'solve:{[a;b]\n  r:til 1+count b;\n  i:0;\n  while[i<count a;\n    p:r; r:(count r)#0; r[0]:i+1;\n    j:1;\n'
       '    while[j<=count b;\n      r[j]:min (p[j]+1; r[j-1]+1; p[j-1]+a[i]<>b j-1);\n      j+:1];\n    i+:1];\n'
       '  last r}',
       cases([('horse', 'ros'), ('intention', 'execution'), ('', 'abc'), ('abc', ''), ('kitten', 'sitting'),
              ('same', 'same')], [q_str, q_str], edit, show_long)),
    mk('n-queens', 'N queens', ['backtracking', 'recursion'], ['n'],
       'Return the number of ways to place n queens on an n by n chess board (n >= 1) so that no two queens '
       'attack each other (no shared row, column or diagonal).',
       'place:{[n;c]\n  if[n=count c; :1];\n  r:til n;\n'
       '  ok:r where {[c;r] k:count c; not any (c=r)|(abs c-r)=k-til k}[c] each r;\n'
       '  $[count ok; sum place[n] each c,/:ok; 0]}\nsolve:{[n] place[n;`long$()]}',
       cases([1, 2, 3, 4, 5, 6], [J], queens, show_long)),
    mk('trapping-rain-water', 'Trapping rain water', ['list', 'two-pointers'], ['h'],
       'A non-empty list h of non-negative longs gives the heights of unit-wide bars. Return how many units of '
       'rain water are trapped between the bars after it rains.',
       'solve:{[h] sum ((maxs h)&reverse maxs reverse h)-h}',
       cases([[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], [4, 2, 0, 3, 2, 5], [1, 2, 3], [5], [3, 0, 3], [5, 1, 2, 1, 5]],
             [q_longs], rain, show_long)),
    mk('word-break', 'Word break', ['string', 'dynamic-programming'], ['s', 'words'],
       'Given a string s and a non-empty list of strings words, return 1b when s can be cut into a sequence of '
       'one or more items of words (each may be used many times), else 0b. The empty string can always be cut.',
       'solve:{[s;words]\n  n:count s;\n  ok:(n+1)#0b;\n  ok[0]:1b;\n  i:1;\n  while[i<=n;\n    j:0;\n    while[j<i;\n'
       '      if[ok j; if[any words~\\:(j _ i # s); ok[i]:1b]];\n      j+:1];\n    i+:1];\n  ok n}',
       cases([('leetcode', ['leet', 'code']), ('applepenapple', ['apple', 'pen']),
              ('catsandog', ['cats', 'dog', 'sand', 'and', 'cat']), ('aaaa', ['a', 'aa']), ('abc', ['ab', 'bc']),
              ('', ['x', 'y'])], [q_str, q_strs], word_break, show_bool)),
    mk('largest-rectangle', 'Largest rectangle in a histogram', ['list', 'stack'], ['h'],
       'A non-empty list h of non-negative longs gives the heights of unit-wide bars standing side by side. Return '
       'the area of the largest rectangle that fits inside the bars.',
       'solve:{[h] max {[h;i] j:i+til (count h)-i; max (mins h j)*1+til count j}[h] each til count h}',
       cases([[2, 1, 5, 6, 2, 3], [2, 4], [5], [1, 1, 1, 1], [6, 2, 5, 4, 5, 1, 6], [3, 3, 0, 3]], [q_longs], rect, show_long)),
    mk('coin-change', 'Fewest coins', ['dynamic-programming'], ['coins', 'amount'],
       'Given a non-empty list of distinct positive coin values and a long amount >= 0, return the fewest coins '
       'that add up to amount (any coin may be used many times), or -1 when the amount cannot be made.',
       'solve:{[coins;amount]\n  d:(amount+1)#amount+1;\n  d[0]:0;\n  i:1;\n  while[i<=amount;\n'
       '    k:coins where coins<=i;\n    if[count k; d[i]:min (amount+1),1+d i-k];\n    i+:1];\n'
       '  $[d[amount]>amount; -1; d amount]}',
       cases([([1, 2, 5], 11), ([2], 3), ([1], 0), ([1, 3, 4], 6), ([2, 5, 10, 1], 27), ([5, 7], 1)], [q_longs, J],
             coins, show_long)),
    mk('longest-valid-parentheses', 'Longest valid parentheses', ['string', 'stack'], ['s'],
       'A string s consists of the characters ( and ). Return the length of its longest contiguous substring '
       'that is a well-formed sequence of parentheses.',
       'solve:{[s]\n  st:enlist -1; best:0; i:0;\n  while[i<count s;\n    if["("=s i; st,:i];\n    if[")"=s i;\n'
       '      st:-1_st;\n      $[count st; best:best|i-last st; st:enlist i]];\n    i+:1];\n  best}',
       cases(['(()', ')()())', '', '()(())', '((((', '()(()'], [q_str], valid_parens, show_long)),
]
