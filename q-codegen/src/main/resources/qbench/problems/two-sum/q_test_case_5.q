result:solve[0 4 3 0;0];
show result;
