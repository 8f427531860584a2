solve:{[nums;target]
  i:0;
  while[i<count nums;
    j:where nums=target-nums i;
    j:j where j>i;
    if[count j; :i,first j];
    i+:1];
  `long$()}
