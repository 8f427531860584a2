solve:{[s]
  st:enlist -1; best:0; i:0;
  while[i<count s;
    if["("=s i; st,:i];
    if[")"=s i;
      st:-1_st;
      $[count st; best:best|i-last st; st:enlist i]];
    i+:1];
  best}
