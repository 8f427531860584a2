solve:{[t] {[t;i] j:where t>t i; j:j where j>i; $[count j; (first j)-i; 0]}[t] each til count t}
