solve:{[words]
  p:(min count each words)#first words;
  while[not all p~/:(count p)#'words; p:-1_p];
  p}
