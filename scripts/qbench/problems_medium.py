"""Medium problems: a Python reference computes each expected value; qfmt renders q's display of it."""
from collections import Counter

from qfmt import *  # noqa: F401,F403
from problems_easy import mk, cases, J


def two_sum(nums, t):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == t:
                return [i, j]


def balanced(s):
    st, pairs = [], {')': '(', ']': '[', '}': '{'}
    for c in s:
        if c in '([{':
            st.append(c)
        elif c in pairs:
            if not st or st[-1] != pairs[c]:
                return False
            st.pop()
    return not st


def kadane(x):
    best, cur = x[0], x[0]
    for v in x[1:]:
        cur = v + max(0, cur)
        best = max(best, cur)
    return best


def lcp(ws):
    p = ws[0][:min(len(w) for w in ws)]
    while not all(w.startswith(p) for w in ws):
        p = p[:-1]
    return p


def roman(s):
    v = [dict(I=1, V=5, X=10, L=50, C=100, D=500, M=1000)[c] for c in s]
    return sum(-a if i + 1 < len(v) and a < v[i + 1] else a for i, a in enumerate(v))


def except_self(x):
    out = []
    for i in range(len(x)):
        p = 1
        for j, v in enumerate(x):
            if j != i:
                p *= v
        out.append(p)
    return out


def rle(s):
    out, i = '', 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i)
        i = j
    return out


def freq_dict(s):
    c = Counter(s.split(' '))
    keys = sorted(c, key=lambda k: -c[k])
    assert len(set(c.values())) == len(c), 'ties make the order unspecified'
    return show_dict(keys, [str(c[k]) for k in keys])


def letters(s):
    keys = list(dict.fromkeys(s))
    return show_dict(keys, [str(s.count(k)) for k in keys])


def stairs(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def gcd(a, b):
    while b > 0:
        a, b = b, a % b
    return a


def primes(n):
    return [p for p in range(2, n + 1) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def pascal(n):
    from math import comb
    return [comb(n, k) for k in range(n + 1)]


def bsearch(x, t):
    return x.index(t) if t in x else -1


def caesar(s, k):
    a = 'abcdefghijklmnopqrstuvwxyz'
    return ''.join(a[(a.index(c) + k) % 26] if c in a else c for c in s)


def leaders(x):
    return [v for i, v in enumerate(x) if all(v > w for w in x[i + 1:])]


def ones(bits):
    best = cur = 0
    for b in bits:
        cur = cur + 1 if b else 0
        best = max(best, cur)
    return best


def region_totals(regions, amounts):
    tot = {}
    for r, a in zip(regions, amounts):
        tot[r] = tot.get(r, 0) + a
    keys = sorted(tot)
    return show_keyed(['region'], [keys], ['tot'], [[str(tot[k]) for k in keys]])


def sales(regions, amounts):
    return (['([] region:%s; amount:%s)' % (q_syms(regions), q_longs(amounts))], region_totals(regions, amounts))


def diag(m):
    n = len(m)
    s = sum(m[i][i] for i in range(n)) + sum(m[i][n - 1 - i] for i in range(n))
    return s - (m[n // 2][n // 2] if n % 2 else 0)


def pivot(x):
    for i in range(len(x)):
        if sum(x[:i]) == sum(x[i + 1:]):
            return i
    return -1


def unique_sub(s):
    best = 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            if len(set(s[i:j + 1])) == j + 1 - i:
                best = max(best, j + 1 - i)
    return best


def pattern(p, s):
    w = s.split(' ')
    return len(p) == len(w) and [p.index(c) for c in p] == [w.index(x) for x in w]


def happy(n):
    seen = set()
    while n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def warmer(t):
    out = []
    for i, v in enumerate(t):
        js = [j for j in range(i + 1, len(t)) if t[j] > v]
        out.append(js[0] - i if js else 0)
    return out


def paths(m, n):
    from math import comb
    return comb(m + n - 2, m - 1)


def scorers(scores, names, m):
    rows = sorted([(s, n) for s, n in zip(scores, names) if s >= m], key=lambda r: -r[0])
    assert len(set(s for s, _ in rows)) == len(rows) and len(set(len(n) for n in names)) == 1
    table = '([] score:%s; name:%s)' % (q_longs(scores), q_syms(names))
    return ([table, str(m)], show_table(['score', 'name'], [[str(s) for s, _ in rows], [n for _, n in rows]]))


MEDIUM = [
    mk('two-sum', 'Two sum', ['list', 'search'], ['nums', 'target'],
       'Given a list of longs nums and a long target, exactly one pair of positions i<j has nums[i]+nums[j]=target. '
       'Return the two positions as a long list i j.',
       'solve:{[nums;target]\n  i:0;\n  while[i<count nums;\n    j:where nums=target-nums i;\n    j:j where j>i;\n'
       '    if[count j; :i,first j];\n    i+:1];\n  `long$()}',
       cases([([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([3, 3], 6), ([1, 5, 8, -3], 5), ([0, 4, 3, 0], 0)], [q_longs, J],
             two_sum, show_longs)),
    mk('valid-parentheses', 'Balanced brackets', ['string', 'stack'], ['s'],
       'A string s consists of the characters ()[]{}. Return 1b when every bracket is closed by a bracket of the '
       'same kind in the right order, else 0b.',
       'solve:{[s]\n  st:"";\n  i:0;\n  while[i<count s;\n    c:s i;\n    if[c in "([{"; st,:c];\n    if[c in ")]}";\n'
       '      if[0=count st; :0b];\n      if[(last st)<>"([{"@")]}"?c; :0b];\n      st:-1_st];\n    i+:1];\n  0=count st}',
       cases(['()', '()[]{}', '(]', '([)]', '{[]}', '((', ')'], [q_str], balanced, show_bool)),
    mk('rotate-array', 'Rotate right', ['list'], ['x', 'k'],
       'Given a non-empty list of longs x and a long k >= 0, rotate x to the right by k places (the last item moves '
       'to the front, k times) and return the result.',
       'solve:{[x;k] neg[k] rotate x}',
       cases([([1, 2, 3, 4, 5, 6, 7], 3), ([-1, -100, 3, 99], 2), ([1, 2], 5), ([1], 3), ([1, 2, 3], 0)], [q_longs, J],
             lambda x, k: x[len(x) - k % len(x):] + x[:len(x) - k % len(x)], show_longs)),
    mk('max-subarray', 'Maximum subarray sum', ['list', 'dynamic-programming'], ['x'],
       'Given a non-empty list of longs x, return the largest sum of a contiguous non-empty run of its items.',
       'solve:{[x] max {y+0|x}\\[x]}',
       cases([[-2, 1, -3, 4, -1, 2, 1, -5, 4], [-1], [5, 4, -1, 7, 8], [-3, -2, -5], [1, -1, 1, -1, 1]], [q_longs],
             kadane, show_long)),
    mk('anagram-classes', 'Count anagram groups', ['string', 'hash'], ['words'],
       'Given a non-empty list of lower-case words, group together words that are anagrams of one another and '
       'return the number of groups as a long.',
       'solve:{[words] count distinct asc each words}',
       cases([['eat', 'tea', 'tan', 'ate', 'nat', 'bat'], ['a'], ['abc', 'cba', 'bca'], ['ab', 'cd', 'ef'],
              ['listen', 'silent', 'enlist', 'google', 'gogole']], [q_strs],
             lambda w: len(set(''.join(sorted(x)) for x in w)), show_long)),
    mk('longest-common-prefix', 'Longest common prefix', ['string'], ['words'],
       'Given a non-empty list of strings, return the longest string that is a prefix of all of them (the empty '
       'string when they share no first character).',
       'solve:{[words]\n  p:(min count each words)#first words;\n  while[not all p~/:(count p)#\'words; p:-1_p];\n  p}',
       cases([['flower', 'flow', 'flight'], ['dog', 'racecar', 'car'], ['interspecies', 'interstellar', 'interstate'],
              ['abc', 'abc'], ['ab', 'a'], ['solo']], [q_strs], lcp, show_str)),
    mk('roman-to-integer', 'Roman numerals', ['string', 'math'], ['s'],
       'Given a valid Roman numeral s (letters I V X L C D M worth 1 5 10 50 100 500 1000; a letter worth less '
       'than the next one is subtracted), return its value as a long.',
       'solve:{[s] v:(1 5 10 50 100 500 1000)@"IVXLCDM"?s; sum v*1-2*v<next v}',
       cases(['III', 'LVIII', 'MCMXCIV', 'IV', 'XLII', 'MMXXV'], [q_str], roman, show_long)),
    mk('product-except-self', 'Product of the others', ['list', 'math'], ['x'],
       'Given a list of at least two longs x, return the list whose i-th item is the product of all items of x '
       'except the i-th.',
       "solve:{[x] (1,-1_prds x)*reverse 1,-1_prds reverse x}",
       cases([[1, 2, 3, 4], [-1, 1, 0, -3, 3], [2, 3], [5, 1, 1], [0, 0], [2, -2, 3]], [q_longs], except_self, show_longs)),
    mk('run-length-encode', 'Run-length encoding', ['string'], ['s'],
       'Given a non-empty string s, replace each run of equal characters by the character followed by the run '
       'length in decimal, and return the resulting string. For example "aaab" becomes "a3b1".',
       'solve:{[s] raze {(first x),string count x} each (where differ s) cut s}',
       cases(['aaabbc', 'a', 'abc', 'z' * 12, 'aabbaa'], [q_str], rle, show_str)),
    mk('word-frequency', 'Word frequency', ['string', 'dictionary'], ['s'],
       'A string s holds words separated by single spaces. Return a dictionary from each distinct word (as a '
       'symbol) to the number of times it occurs, ordered by count, largest first. Counts are all different.',
       'solve:{[s] desc count each group `$" " vs s}',
       cases(['red blue blue green green green', 'x', 'one two two', 'b a b c b c', 'go go go go'], [q_str],
             freq_dict, lambda t: t)),
    mk('matrix-transpose', 'Transpose a matrix', ['matrix'], ['m'],
       'A matrix m is given as a list of rows of equal length (longs). Return its transpose: a list of the '
       'columns of m.',
       'solve:{[m] flip m}',
       cases([[[1, 2, 3], [4, 5, 6]], [[10, 20], [3, 4]], [[1, 2], [3, 4]], [[7, -8, 9], [0, 1, 2]], [[1, 2], [3, 4], [5, 6]]], [q_matrix],
             lambda m: [list(r) for r in zip(*m)], show_matrix)),
    mk('climbing-stairs', 'Climbing stairs', ['dynamic-programming', 'math'], ['n'],
       'You climb a staircase of n steps (n >= 1), taking one or two steps at a time. Return the number of '
       'distinct ways to reach the top, as a long.',
       'solve:{[n] first n {(x 1),sum x}/1 1}',
       cases([1, 2, 3, 5, 10, 30], [J], stairs, show_long)),
    mk('gcd', 'Greatest common divisor', ['math'], ['a', 'b'],
       'Given two non-negative longs a and b, not both zero, return their greatest common divisor.',
       'solve:{[a;b] while[b>0; t:b; b:a mod b; a:t]; a}',
       cases([(48, 18), (7, 13), (100, 75), (0, 5), (12, 0), (270, 192)], [J, J], gcd, show_long)),
    mk('primes-up-to', 'Primes up to n', ['math'], ['n'],
       'Given a long n >= 2, return the ascending list of all prime numbers p with p <= n.',
       'solve:{[n] r:2_til n+1; r where {all 0<x mod 2_til 1+floor sqrt x} each r}',
       cases([10, 2, 20, 30, 3], [J], primes, show_longs)),
    mk('pascal-row', "Row of Pascal's triangle", ['math'], ['n'],
       "Given a long n >= 0, return row n of Pascal's triangle (row 0 is the single number 1) as a list of longs.",
       'solve:{[n] n {(0,x)+x,0}/ enlist 1}',
       cases([0, 1, 2, 4, 6], [J], pascal, show_longs)),
    mk('binary-search', 'Binary search', ['search', 'sort'], ['x', 't'],
       'Given a non-empty ascending list of distinct longs x and a long t, return the position of t in x, or -1 '
       'when t does not occur.',
       'solve:{[x;t] i:x bin t; $[i<0; -1; t=x i; i; -1]}',
       cases([([-1, 0, 3, 5, 9, 12], 9), ([-1, 0, 3, 5, 9, 12], 2), ([5], 5), ([1, 3, 5, 7], 1), ([1, 3, 5, 7], 8),
              ([1, 3, 5, 7], 0)], [q_longs, J], bsearch, show_long)),
    mk('majority-element', 'Majority element', ['list', 'hash'], ['x'],
       'Given a non-empty list of longs x in which one value occurs more than half of the time, return that value.',
       'solve:{[x] first key desc count each group x}',
       cases([[3, 2, 3], [2, 2, 1, 1, 1, 2, 2], [9], [1, 1, 2], [4, 5, 4, 5, 4]], [q_longs],
             lambda x: Counter(x).most_common(1)[0][0], show_long)),
    mk('best-stock-day', 'Best time to buy and sell', ['list', 'dynamic-programming'], ['prices'],
       'Given a non-empty list of daily prices (longs), buy on one day and sell on the same or a later day. '
       'Return the largest possible profit (0 when prices only fall).',
       'solve:{[prices] max prices-mins prices}',
       cases([[7, 1, 5, 3, 6, 4], [7, 6, 4, 3, 1], [1, 2], [5], [2, 4, 1, 7], [3, 3, 3]], [q_longs],
             lambda x: max(x[j] - x[i] for i in range(len(x)) for j in range(i, len(x))), show_long)),
    mk('caesar-cipher', 'Caesar cipher', ['string'], ['s', 'k'],
       'Given a string s and a long k >= 0, shift every lower-case letter k places forward in the alphabet, '
       'wrapping from z to a; other characters stay as they are. Return the new string.',
       'solve:{[s;k]\n  a:"abcdefghijklmnopqrstuvwxyz";\n  i:a?s;\n  w:where i<26;\n  s[w]:a (k+i w) mod 26;\n  s}',
       cases([('abc', 1), ('xyz', 3), ('hello, world', 13), ('q', 26), ('a b', 25)], [q_str, J], caesar, show_str)),
    mk('leaders', 'Leaders in a list', ['list'], ['x'],
       'An item of a list is a leader when it is strictly greater than every item to its right (the last item is '
       'always a leader). Given a non-empty list of longs x, return its leaders in their original order.',
       'solve:{[x] x where x>next reverse maxs reverse x}',
       cases([[16, 17, 4, 3, 5, 2], [1, 2, 3], [3, 2, 1], [7], [5, 5, 5]], [q_longs], leaders, show_longs)),
    mk('longest-ones-streak', 'Longest run of ones', ['list', 'boolean'], ['b'],
       'Given a non-empty boolean list b, return the length of its longest run of consecutive 1b items, as a long.',
       'solve:{[b] max 0,0 {y*x+y}\\ b}',
       cases([[1, 1, 0, 1, 1, 1, 0], [0, 0, 0], [1], [1, 1, 1, 1, 1], [0, 1, 0, 1]], [q_bools], ones, show_long)),
    mk('letter-count', 'Letter counts', ['string', 'dictionary'], ['s'],
       'Given a non-empty string s, return a dictionary from each distinct character of s to the number of times '
       'it occurs, with keys in order of first appearance.',
       'solve:{[s] count each group s}',
       cases(['hello', 'aab', 'zzz', 'q', 'banana'], [q_str], letters, lambda t: t)),
    mk('sales-by-region', 'Sales by region', ['table', 'qsql'], ['t'],
       'A table t has columns region (symbol) and amount (long). Return a table keyed by region, sorted by '
       'region, with one column tot holding the total amount of that region.',
       'solve:{[t] select tot:sum amount by region from t}',
       [sales(['east', 'west', 'east'], [100, 250, 200]),
        sales(['north'], [512]),
        sales(['b', 'a', 'c', 'a'], [101, 102, 103, 104]),
        sales(['west', 'west', 'west'], [300, 300, 300]),
        sales(['south', 'north', 'east', 'west'], [400, 300, 200, 100])]),
    mk('diagonal-sum', 'Matrix diagonal sum', ['matrix'], ['m'],
       'Given a square matrix m (a list of rows of longs), return the sum of its main diagonal and its '
       'anti-diagonal, counting the centre item of an odd-sized matrix once.',
       'solve:{[m] i:til n:count m; (sum m@\'i)+(sum m@\'reverse i)-$[n mod 2;m[n div 2;n div 2];0]}',
       cases([[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1] * 4] * 4, [[5]], [[1, 2], [3, 4]], [[2, 0, 0], [0, 2, 0], [0, 0, 2]]],
             [q_matrix], diag, show_long)),
    mk('pivot-index', 'Pivot index', ['list'], ['x'],
       'Given a non-empty list of longs x, return the first position i where the sum of the items left of i '
       'equals the sum of the items right of i (an empty side sums to 0), or -1 when there is none.',
       'solve:{[x] i:where (sums[x]-x)=(sum x)-sums x; $[count i; first i; -1]}',
       cases([[1, 7, 3, 6, 5, 6], [1, 2, 3], [2, 1, -1], [5], [0, 0, 0], [-1, -1, 0, 1, 1, 0]], [q_longs], pivot, show_long)),
    mk('longest-unique-substring', 'Longest substring without repeats', ['string', 'sliding-window'], ['s'],
       'Given a string s, return the length of its longest contiguous substring in which no character repeats.',
       'solve:{[s]\n  pos:256#-1; lo:0; best:0; i:0;\n  while[i<count s;\n    c:`long$s i;\n    if[pos[c]>=lo; lo:1+pos c];\n'
       '    pos[c]:i;\n    best:best|1+i-lo;\n    i+:1];\n  best}',
       cases(['abcabcbb', 'bbbbb', 'pwwkew', '', 'dvdf', 'abcdef'], [q_str], unique_sub, show_long)),
    mk('word-pattern', 'Word pattern', ['string', 'hash'], ['p', 's'],
       'Given a pattern string p and a string s of words separated by single spaces, return 1b when there is a '
       'one-to-one correspondence between the letters of p and the words of s (same length, equal letters exactly '
       'where equal words), else 0b.',
       'solve:{[p;s] w:`$" " vs s; $[(count p)<>count w; 0b; (p?p)~w?w]}',
       cases([('abba', 'dog cat cat dog'), ('abba', 'dog cat cat fish'), ('aaaa', 'dog cat cat dog'),
              ('abba', 'dog dog dog dog'), ('abc', 'x y z'), ('ab', 'one')], [q_str, q_str], pattern, show_bool)),
    mk('happy-number', 'Happy number', ['math'], ['n'],
       'Start from a long n >= 1 and repeatedly replace it by the sum of the squares of its decimal digits. n is '
       'happy when this reaches 1. Return 1b for a happy number, else 0b.',
       'solve:{[n]\n  seen:`long$();\n  while[not n in seen; seen,:n; n:sum d*d:10 vs n];\n  n=1}',
       cases([19, 2, 1, 7, 4, 100], [J], happy, show_bool)),
    mk('daily-temperatures', 'Days until warmer', ['list', 'stack'], ['t'],
       'Given a non-empty list of daily temperatures t (longs), return for each day the number of days until a '
       'strictly warmer day, or 0 when no warmer day follows.',
       'solve:{[t] {[t;i] j:where t>t i; j:j where j>i; $[count j; (first j)-i; 0]}[t] each til count t}',
       cases([[73, 74, 75, 71, 69, 72, 76, 73], [30, 40, 50, 60], [30, 60, 90], [50], [50, 40, 30]], [q_longs],
             warmer, show_longs)),
    mk('unique-paths', 'Grid paths', ['math', 'dynamic-programming'], ['m', 'n'],
       'A robot stands in the top-left cell of an m by n grid (m, n >= 1) and moves only right or down. Return '
       'the number of distinct paths to the bottom-right cell, as a long.',
       'solve:{[m;n] last (m-1) {sums x}/ n#1}',
       cases([(3, 7), (3, 2), (1, 1), (7, 3), (10, 10)], [J, J], paths, show_long)),
    mk('top-scorers', 'Top scorers', ['table', 'qsql', 'sort'], ['t', 'm'],
       'A table t has columns score (long) and name (symbol). Return the rows whose score is at least m, sorted '
       'by score from highest to lowest, as a table with the same columns.',
       'solve:{[t;m] `score xdesc select from t where score>=m}',
       [scorers([91, 78, 85, 60], ['anna', 'bert', 'cleo', 'dave'], 80),
        scorers([91, 78, 85, 60], ['anna', 'bert', 'cleo', 'dave'], 60),
        scorers([50, 99], ['erik', 'fynn'], 99),
        scorers([100, 7, 42], ['gaia', 'hugo', 'ines'], 5),
        scorers([12, 34, 56, 78], ['jana', 'karl', 'lena', 'mila'], 30)]),
]
