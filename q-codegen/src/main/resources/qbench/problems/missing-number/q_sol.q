solve:{[x] (sum til 1+count x)-sum x}
