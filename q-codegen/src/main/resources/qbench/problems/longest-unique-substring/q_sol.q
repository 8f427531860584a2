solve:{[s]
  pos:256#-1; lo:0; best:0; i:0;
  while[i<count s;
    c:`long$s i;
    if[pos[c]>=lo; lo:1+pos c];
    pos[c]:i;
    best:best|1+i-lo;
    i+:1];
  best}
