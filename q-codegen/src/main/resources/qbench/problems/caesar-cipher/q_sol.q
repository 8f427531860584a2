solve:{[s;k]
  a:"abcdefghijklmnopqrstuvwxyz";
  i:a?s;
  w:where i<26;
  s[w]:a (k+i w) mod 26;
  s}
