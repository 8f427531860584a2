result:solve[enlist 5];
show result;
