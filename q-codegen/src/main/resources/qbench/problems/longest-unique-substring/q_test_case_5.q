result:solve["dvdf"];
show result;
