solve:{[s] count last " " vs trim s}
