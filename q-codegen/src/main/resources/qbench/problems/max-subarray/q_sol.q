solve:{[x] max {y+0|x}\[x]}
