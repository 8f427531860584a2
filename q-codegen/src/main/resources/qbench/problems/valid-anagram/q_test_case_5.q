result:solve["listen";"silent"];
show result;
