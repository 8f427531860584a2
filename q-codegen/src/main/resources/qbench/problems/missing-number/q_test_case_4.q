result:solve[enlist 0];
show result;
