"""q literals and q console display text for the qbench problem generator.

The expected outputs of the bundled problems are computed by plain Python reference solutions and
rendered here following q's documented console rules (``show``), independently of qforge's embedded
interpreter:

* long atom ``45``, null ``0N``; long vector ``1 2 3``, one item ``,5``, empty ```long$()``
* float: 7 significant digits; a whole atom prints ``3f``; a vector whose items are all whole gets one
  trailing ``f`` (``1 2 3f``), otherwise none (``1 2.5``)
* boolean ``1b``, vector ``101b``, one item ``,1b``
* symbol ```a``, vector ```a`b``, one item ``,`a``
* string ``"abc"``, one char ``,"a"``, empty ``""``
* a list of vectors prints one item per line; a rectangular one aligns its columns like a matrix
* dictionary: keys left-aligned to the widest key, then ``| `` and the value
* table: columns left-aligned, one space apart, a dashed rule under the header; keyed tables put
  ``|`` between key and value columns
"""


def is_whole(x):
    return float(x) == int(x)


def fnum(x):
    s = '%.7g' % x
    return s


def show_long(n):
    return '0N' if n is None else str(n)


def show_longs(v):
    if len(v) == 0:
        return '`long$()'
    body = ' '.join(show_long(n) for n in v)
    return (',' if len(v) == 1 else '') + body


def show_float(x):
    s = fnum(x)
    return s + 'f' if is_whole(x) and 'e' not in s else s


def show_floats(v):
    if len(v) == 0:
        return '`float$()'
    body = ' '.join(fnum(x) for x in v)
    if all(is_whole(x) for x in v):
        body += 'f'
    return (',' if len(v) == 1 else '') + body


def show_bool(b):
    return '1b' if b else '0b'


def show_bools(v):
    if len(v) == 0:
        return '`boolean$()'
    return (',' if len(v) == 1 else '') + ''.join('1' if b else '0' for b in v) + 'b'


def show_sym(s):
    return '`' + s


def show_syms(v):
    if len(v) == 0:
        return '`symbol$()'
    return (',' if len(v) == 1 else '') + ''.join('`' + s for s in v)


def show_str(s):
    return (',' if len(s) == 1 else '') + '"' + s + '"'


def show_matrix(rows):
    """A list of long vectors. q aligns the columns of a rectangular one (left-aligned, padded to the widest
    item of each column); generated problems keep the last column's items equally wide, because whether the
    console pads the last column with trailing blanks is not specified."""
    if len(rows) == 1:
        return ',' + show_longs(rows[0])
    assert all(len(r) >= 2 for r in rows), 'a list of one-item lists has no exactly specified display'
    if len(set(len(r) for r in rows)) == 1:
        cells = [[show_long(v) for v in r] for r in rows]
        w = [max(len(c[j]) for c in cells) for j in range(len(rows[0]))]
        assert len(set(len(c[-1]) for c in cells)) == 1, 'last column items must be equally wide'
        return '\n'.join(' '.join(c[j].ljust(w[j]) for j in range(len(w))) for c in cells)
    return '\n'.join(show_longs(r) for r in rows)


def show_dict(keys, values):
    """keys already rendered as text (symbols without backtick, chars bare), values rendered."""
    w = max(len(k) for k in keys)
    return '\n'.join(k.ljust(w) + '| ' + v for k, v in zip(keys, values))


def no_trailing_space(text):
    """Generated problems avoid padded last columns, whose trailing blanks are not exactly specified."""
    assert all(l == l.rstrip() for l in text.split('\n')), repr(text)
    return text


def _cols(headers, cols):
    widths = [max([len(h)] + [len(c) for c in col]) for h, col in zip(headers, cols)]
    return widths


def show_table(headers, cols):
    """An unkeyed table; cols are lists of rendered cells."""
    w = _cols(headers, cols)
    lines = [' '.join(h.ljust(x) for h, x in zip(headers, w)), '-' * (sum(w) + len(w) - 1)]
    for i in range(len(cols[0])):
        lines.append(' '.join(c[i].ljust(x) for c, x in zip(cols, w)))
    return no_trailing_space('\n'.join(lines))


def show_keyed(kh, kcols, vh, vcols):
    """A keyed table: key columns, then value columns."""
    kw = _cols(kh, kcols)
    vw = _cols(vh, vcols)

    def row(kc, vc):
        return (' '.join(c.ljust(x) for c, x in zip(kc, kw)) + '| ' + ' '.join(c.ljust(x) for c, x in zip(vc, vw)))

    lines = [row(kh, vh), ('-' * (sum(kw) + len(kw) - 1)) + '| ' + ('-' * (sum(vw) + len(vw) - 1))]
    for i in range(len(kcols[0])):
        lines.append(row([c[i] for c in kcols], [c[i] for c in vcols]))
    return no_trailing_space('\n'.join(lines))


# ---- q literals for arguments ----

def q_longs(v):
    if len(v) == 0:
        return '`long$()'
    body = ' '.join(str(n) for n in v)
    return ('enlist ' if len(v) == 1 else '') + body


def q_floats(v):
    body = ' '.join(repr(float(x)) for x in v)
    return ('enlist ' if len(v) == 1 else '') + body + ('' if any('.' in repr(float(x)) for x in v) else 'f')


def q_bools(v):
    return ('enlist ' if len(v) == 1 else '') + ''.join('1' if b else '0' for b in v) + 'b'


def q_str(s):
    return ('enlist ' if len(s) == 1 else '') + '"' + s + '"'


def q_strs(v):
    items = [('(enlist "%s")' % s) if len(s) == 1 else '"%s"' % s for s in v]
    if len(v) == 1:
        return 'enlist ' + items[0]
    return '(' + ';'.join(items) + ')'


def q_syms(v):
    return ('enlist ' if len(v) == 1 else '') + ''.join('`' + s for s in v)


def q_matrix(rows):
    items = [q_longs(r) if len(r) != 1 else '(enlist %d)' % r[0] for r in rows]
    items = ['(%s)' % i if i.startswith('enlist') else i for i in items]
    if len(rows) == 1:
        return 'enlist ' + items[0]
    return '(' + ';'.join(items) + ')'
