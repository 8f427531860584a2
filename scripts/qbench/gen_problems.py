"""Generates q-codegen/src/main/resources/qbench/problems/<id>/ in the layout of the Q benchmark paper.

Each problem has a description (our own wording), a canonical q solution, and test cases: a q harness
(``result:solve[...];`` then ``show result;``) and the text real q prints for it. The expected text is
computed by the Python reference function next to each problem and rendered by ``qfmt`` from q's
documented display rules -- never taken from qforge's interpreter. Run from the repository root:

    python3 scripts/qbench/gen_problems.py
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from qfmt import *  # noqa: E402,F401,F403
from problems_easy import EASY  # noqa: E402
from problems_medium import MEDIUM  # noqa: E402
from problems_hard import HARD  # noqa: E402

OUT = 'q-codegen/src/main/resources/qbench/problems'


def write(p, difficulty):
    d = os.path.join(OUT, p['id'])
    os.makedirs(d)
    params = p['params']
    desc = p['desc'].strip() + '\n\nWrite a q function `solve:{[%s] ...}`.\n' % ';'.join(params)
    ex_args, ex_out = p['tests'][0]
    desc += '\nExample:\n  solve[%s]\nshows:\n%s\n' % (';'.join(ex_args), ex_out)
    open(os.path.join(d, 'problem_description.txt'), 'w').write(desc)
    open(os.path.join(d, 'q_sol.q'), 'w').write(p['sol'].strip() + '\n')
    assert len(p['tests']) >= 5, p['id']
    for i, (args, out) in enumerate(p['tests'], 1):
        open(os.path.join(d, 'q_test_case_%d.q' % i), 'w').write('result:solve[%s];\nshow result;\n' % ';'.join(args))
        open(os.path.join(d, 'q_exact_ans_test_case_%d.txt' % i), 'w').write(out + '\n')
    meta = {'id': p['id'], 'title': p['title'], 'difficulty': difficulty, 'tags': p['tags']}
    open(os.path.join(d, 'meta.json'), 'w').write(json.dumps(meta, indent=2) + '\n')


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    ids = set()
    for group, diff in ((EASY, 'easy'), (MEDIUM, 'medium'), (HARD, 'hard')):
        for p in group:
            assert p['id'] not in ids, p['id']
            ids.add(p['id'])
            write(p, diff)
    # the loader cannot list a folder inside a jar, so the bundled set carries its list of problem folders
    open(os.path.join(OUT, 'index.txt'), 'w').write(''.join(i + '\n' for i in sorted(ids)))
    print('%d easy, %d medium, %d hard' % (len(EASY), len(MEDIUM), len(HARD)))


if __name__ == '__main__':
    main()
