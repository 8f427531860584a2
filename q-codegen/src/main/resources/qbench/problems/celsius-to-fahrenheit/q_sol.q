solve:{[c] 32+c*1.8}
