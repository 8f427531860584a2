result:solve[enlist 1;3];
show result;
