solve:{[n] first n {(x 1),sum x}/1 1}
