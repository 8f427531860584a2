result:solve[1 2;5];
show result;
