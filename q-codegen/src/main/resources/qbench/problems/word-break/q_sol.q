solve:{[s;words]
  n:count s;
  ok:(n+1)#0b;
  ok[0]:1b;
  i:1;
  while[i<=n;
    j:0;
    while[j<i;
      if[ok j; if[any words~\:(j _ i # s); ok[i]:1b]];
      j+:1];
    i+:1];
  ok n}
