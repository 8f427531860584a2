"""Easy problems: a Python reference computes each expected value; qfmt renders q's display of it."""
from qfmt import *  # noqa: F401,F403


def mk(id, title, tags, params, desc, sol, tests):
    return {'id': id, 'title': title, 'tags': tags, 'params': params, 'desc': desc, 'sol': sol, 'tests': tests}


def cases(inputs, arg, ref, out):
    """inputs: python values (a tuple for several arguments); arg: literal makers; out: display maker."""
    res = []
    for x in inputs:
        xs = x if isinstance(x, tuple) else (x,)
        res.append(([a(v) for a, v in zip(arg, xs)], out(ref(*xs))))
    return res


J = str  # a long atom literal is its decimal text


def pal(s):
    return s == s[::-1]


def is_pow2(n):
    return n >= 1 and n & (n - 1) == 0


EASY = [
    mk('digit-sum', 'Digit sum', ['math'], ['n'],
       'Given a non-negative integer n, return the sum of its decimal digits as a long.',
       'solve:{[n] sum "0123456789"?string n}',
       cases([12345, 0, 9, 1000, 987654321], [J], lambda n: sum(int(c) for c in str(n)), show_long)),
    mk('reverse-string', 'Reverse a string', ['string'], ['s'],
       'Given a string s, return the string with its characters in reverse order.',
       'solve:{[s] reverse s}',
       cases(['hello', 'a', '', 'ab cd', 'racecar', 'q4.1'], [q_str], lambda s: s[::-1], show_str)),
    mk('count-evens', 'Count even numbers', ['list', 'math'], ['x'],
       'Given a list of longs x, return how many of its items are even (divisible by 2), as a long.',
       'solve:{[x] count where 0=x mod 2}',
       cases([[1, 2, 3, 4], [7], [2, 4, 6], [-2, -1, 0, 3], []], [q_longs],
             lambda x: sum(1 for v in x if v % 2 == 0), show_long)),
    mk('range-span', 'Spread of a list', ['list'], ['x'],
       'Given a non-empty list of longs x, return the difference between its largest and smallest item.',
       'solve:{[x] (max x)-min x}',
       cases([[3, 9, 1, 7], [5], [-4, 10], [2, 2, 2], [100, -100, 50]], [q_longs], lambda x: max(x) - min(x), show_long)),
    mk('is-palindrome', 'Palindrome check', ['string'], ['s'],
       'Given a string s, return 1b when it reads the same forwards and backwards, else 0b. The empty string is a palindrome.',
       'solve:{[s] s~reverse s}',
       cases(['racecar', 'abca', 'x', 'abba', 'ab', ''], [q_str], pal, show_bool)),
    mk('running-total', 'Running total', ['list'], ['x'],
       'Given a non-empty list of longs x, return the list whose i-th item is the sum of the first i+1 items of x.',
       'solve:{[x] sums x}',
       cases([[1, 2, 3, 4], [5], [3, -1, -2], [0, 0, 0], [10, 20]], [q_longs],
             lambda x: [sum(x[:i + 1]) for i in range(len(x))], show_longs)),
    mk('square-all', 'Square every item', ['list', 'math'], ['x'],
       'Given a list of longs x (possibly empty), return the list of their squares, in the same order.',
       'solve:{[x] x*x}',
       cases([[1, 2, 3], [-3, 0, 3], [12], [5, 6], []], [q_longs], lambda x: [v * v for v in x], show_longs)),
    mk('celsius-to-fahrenheit', 'Celsius to Fahrenheit', ['math', 'float'], ['c'],
       'Given a non-empty list of temperatures c in degrees Celsius (longs), return the temperatures in degrees '
       'Fahrenheit as floats, using F = 32 + C * 1.8.',
       'solve:{[c] 32+c*1.8}',
       cases([[0, 100], [37], [-40], [20, 25, 30], [36]], [q_longs], lambda c: [32 + v * 1.8 for v in c], show_floats)),
    mk('count-vowels', 'Count vowels', ['string'], ['s'],
       'Given a string s, return how many of its characters are vowels (a, e, i, o, u in either case), as a long.',
       'solve:{[s] count where lower[s] in "aeiou"}',
       cases(['hello world', 'AEIOU', 'xyz', '', 'Programming in q'], [q_str],
             lambda s: sum(1 for c in s.lower() if c in 'aeiou'), show_long)),
    mk('factorial', 'Factorial', ['math'], ['n'],
       'Given a long n between 0 and 20, return n! (the product 1*2*...*n) as a long; 0! is 1.',
       'solve:{[n] prd 1+til n}',
       cases([0, 1, 5, 10, 20], [J], lambda n: __import__('math').factorial(n), show_long)),
    mk('last-word-length', 'Length of the last word', ['string'], ['s'],
       'A string s holds words separated by one or more spaces, possibly with leading or trailing spaces. '
       'Return the length of the last word as a long.',
       'solve:{[s] count last " " vs trim s}',
       cases(['hello world', '  fly me   to the moon  ', 'q', 'luffy is still joyboy', 'a b c d'], [q_str],
             lambda s: len(s.split()[-1]), show_long)),
    mk('second-largest', 'Second largest distinct value', ['list', 'sort'], ['x'],
       'Given a non-empty list of longs x, return the second largest distinct value. When x holds fewer than two '
       'distinct values, return the long null 0N.',
       'solve:{[x] (desc distinct x) 1}',
       cases([[3, 1, 4, 1, 5], [7, 7, 7], [10, 20], [-1, -5, -3], [5, 5, 4]], [q_longs],
             lambda x: sorted(set(x), reverse=True)[1] if len(set(x)) > 1 else None, show_long)),
    mk('sum-multiples', 'Sum of multiples of 3 or 5', ['math'], ['n'],
       'Given a long n >= 0, return the sum of all non-negative integers below n that are divisible by 3 or by 5.',
       'solve:{[n] r:til n; sum r where (0=r mod 3)|0=r mod 5}',
       cases([10, 1, 16, 0, 100], [J], lambda n: sum(i for i in range(n) if i % 3 == 0 or i % 5 == 0), show_long)),
    mk('count-occurrences', 'Count occurrences', ['list'], ['x', 'y'],
       'Given a list of longs x and a long y, return how many items of x equal y, as a long.',
       'solve:{[x;y] count where x=y}',
       cases([([1, 2, 3, 2, 2], 2), ([5, 6], 7), ([4], 4), ([0, 0, 0, 0], 0), ([-1, 1, -1], -1)], [q_longs, J],
             lambda x, y: x.count(y), show_long)),
    mk('capitalize-first', 'Capitalise the first letter', ['string'], ['s'],
       'Given a non-empty string s, return s with its first character in upper case; other characters are unchanged.',
       'solve:{[s] @[s;0;upper]}',
       cases(['hello', 'q', 'Already', '123abc', 'x y'], [q_str], lambda s: s[0].upper() + s[1:], show_str)),
    mk('average', 'Average', ['list', 'float'], ['x'],
       'Given a non-empty list of longs x, return their arithmetic mean as a float.',
       'solve:{[x] avg x}',
       cases([[1, 2, 3, 4], [2, 2, 2], [1, 2], [1, 2, 2], [10], [-1, 1]], [q_longs], lambda x: sum(x) / len(x), show_float)),
    mk('move-zeros', 'Move zeros to the end', ['list'], ['x'],
       'Given a non-empty list of longs x, return a list with all non-zero items first, in their original order, '
       'followed by all the zeros.',
       'solve:{[x] (x where x<>0),x where x=0}',
       cases([[0, 1, 0, 3, 12], [0], [1, 2, 3], [0, 0, 1], [4, 0, -4]], [q_longs],
             lambda x: [v for v in x if v != 0] + [v for v in x if v == 0], show_longs)),
    mk('contains-duplicate', 'Contains a duplicate', ['list'], ['x'],
       'Given a list of longs x, return 1b when some value occurs more than once, else 0b.',
       'solve:{[x] (count x)>count distinct x}',
       cases([[1, 2, 3, 1], [1, 2, 3, 4], [9], [5, 5], []], [q_longs], lambda x: len(set(x)) < len(x), show_bool)),
    mk('missing-number', 'Missing number', ['math', 'list'], ['x'],
       'A list x holds n distinct longs taken from 0, 1, ..., n, so exactly one number of that range is missing. '
       'Return the missing number.',
       'solve:{[x] (sum til 1+count x)-sum x}',
       cases([[3, 0, 1], [0, 1], [9, 6, 4, 2, 3, 5, 7, 0, 1], [0], [1]], [q_longs],
             lambda x: sum(range(len(x) + 1)) - sum(x), show_long)),
    mk('power-of-two', 'Power of two', ['math'], ['n'],
       'Given a long n, return 1b when n is a power of two (1, 2, 4, 8, ...), else 0b. Zero and negative numbers '
       'are not powers of two.',
       'solve:{[n] if[n<1; :0b]; while[0=n mod 2; n:n div 2]; n=1}',
       cases([1, 16, 18, 0, 1024, -8, 6], [J], is_pow2, show_bool)),
    mk('valid-anagram', 'Valid anagram', ['string', 'sort'], ['s', 't'],
       'Given two strings s and t, return 1b when t is an anagram of s (the same characters with the same '
       'counts, in any order), else 0b.',
       'solve:{[s;t] (asc s)~asc t}',
       cases([('anagram', 'nagaram'), ('rat', 'car'), ('a', 'a'), ('ab', 'a'), ('listen', 'silent')], [q_str, q_str],
             lambda s, t: sorted(s) == sorted(t), show_bool)),
]
