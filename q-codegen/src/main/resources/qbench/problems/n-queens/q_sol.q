place:{[n;c]
  if[n=count c; :1];
  r:til n;
  ok:r where {[c;r] k:count c; not any (c=r)|(abs c-r)=k-til k}[c] each r;
  $[count ok; sum place[n] each c,/:ok; 0]}
solve:{[n] place[n;`long$()]}
