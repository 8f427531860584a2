solve:{[s] count each group s}
