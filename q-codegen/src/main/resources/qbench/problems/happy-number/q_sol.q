solve:{[n]
  seen:`long$();
  while[not n in seen; seen,:n; n:sum d*d:10 vs n];
  n=1}
