result:solve[enlist 1 2 3];
show result;
