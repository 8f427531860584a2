solve:{[x] count where 0=x mod 2}
