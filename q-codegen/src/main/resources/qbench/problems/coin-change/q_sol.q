solve:{[coins;amount]
  d:(amount+1)#amount+1;
  d[0]:0;
  i:1;
  while[i<=amount;
    k:coins where coins<=i;
    if[count k; d[i]:min (amount+1),1+d i-k];
    i+:1];
  $[d[amount]>amount; -1; d amount]}
