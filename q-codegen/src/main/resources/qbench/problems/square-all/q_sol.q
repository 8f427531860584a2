solve:{[x] x*x}
