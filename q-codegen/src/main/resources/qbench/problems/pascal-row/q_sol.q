solve:{[n] n {(0,x)+x,0}/ enlist 1}
