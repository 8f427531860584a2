solve:{[x]
  d:(count x)#1;
  i:1;
  while[i<count x;
    j:where x[til i]<x i;
    if[count j; d[i]:1+max d j];
    i+:1];
  max d}
