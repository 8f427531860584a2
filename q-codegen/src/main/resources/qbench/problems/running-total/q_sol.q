solve:{[x] sums x}
