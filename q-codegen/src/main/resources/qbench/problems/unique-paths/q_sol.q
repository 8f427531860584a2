solve:{[m;n] last (m-1) {sums x}/ n#1}
