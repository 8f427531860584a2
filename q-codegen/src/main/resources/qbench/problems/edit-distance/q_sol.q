solve:{[a;b]
  r:til 1+count b;
  i:0;
  while[i<count a;
    p:r; r:(count r)#0; r[0]:i+1;
    j:1;
    while[j<=count b;
      r[j]:min (p[j]+1; r[j-1]+1; p[j-1]+a[i]<>b j-1);
      j+:1];
    i+:1];
  last r}
