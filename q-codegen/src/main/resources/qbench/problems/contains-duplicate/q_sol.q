solve:{[x] (count x)>count distinct x}
