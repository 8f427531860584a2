result:solve[1 5 8 -3;5];
show result;
