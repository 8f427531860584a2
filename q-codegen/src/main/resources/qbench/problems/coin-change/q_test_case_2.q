result:solve[enlist 2;3];
show result;
