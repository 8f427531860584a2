result:solve[([] score:12 34 56 78; name:`jana`karl`lena`mila);30];
show result;
